// Where to find everything after this page: the sidebar, the toolbar button and its shortcut, options.
import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { POPUP_COMMANDS, SHORTCUT } from '@/lib/navigation/shortcut';

/** The popup's shortcut as the browser has it now ('' when the user removed it). */
function useShortcut(): string | undefined {
  const [shortcut, setShortcut] = useState<string>();
  useEffect(() => {
    browser.commands
      .getAll()
      .then((commands) => setShortcut(commands.find((c) => POPUP_COMMANDS.includes(c.name ?? ''))?.shortcut ?? ''))
      .catch(() => setShortcut(undefined));
  }, []);
  return shortcut;
}

export function WhereThingsAre() {
  const shortcut = useShortcut();
  return (
    <section aria-labelledby="where-h">
      <h2 id="where-h">Where to find things</h2>
      <dl className="where">
        <dt>In your mail</dt>
        <dd>
          Open Gmail or Outlook on the web: beside a conversation, the FollowThrough sidebar shows the mentor, what is due with them and the
          messages that fit. It appears only on those sites.
        </dd>
        <dt>The toolbar button</dt>
        <dd>
          Every deadline and check-in at a glance, with one-click actions; its number is what is due today. If you do not see it, pin FollowThrough
          from the browser&rsquo;s extensions menu (the puzzle piece).
        </dd>
        <dt>Keyboard shortcut</dt>
        <dd data-testid="shortcut">
          {shortcut ? (
            <>
              <kbd>{shortcut}</kbd> opens the toolbar overview from any page.
            </>
          ) : shortcut === '' ? (
            <>No shortcut is set now. You can choose one in the browser&rsquo;s extension shortcut settings.</>
          ) : (
            <>
              <kbd>{SHORTCUT}</kbd> opens the toolbar overview, unless you changed it in the browser&rsquo;s extension shortcut settings.
            </>
          )}
        </dd>
        <dt>Options</dt>
        <dd>
          Mentors, letters, <a href="#season">your season at a glance</a>, templates, settings and backup: this page, from the toolbar overview or
          the extension&rsquo;s options.
        </dd>
      </dl>
    </section>
  );
}
