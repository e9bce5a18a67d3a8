// Generates a large, realistic database inside an extension page (passed to page.evaluate) and
// writes it in one transaction: mentors, threads, letters, activities at the sizes asked for.
// The first two mentors are the fixture pages' Dr. Patel and Dr. Okafor, so the sidebar has
// someone to show.
export async function seedLarge({ mentors, threads, letters, activities }) {
  const DAY = 86_400_000;
  const now = Date.now();
  const iso = (ms) => new Date(ms).toISOString();
  const day = (ms) => iso(ms).slice(0, 10);
  const rand = (n) => Math.floor(Math.random() * n);
  const people = [
    ['Dr. Maya Patel', 'mpatel@med.example.edu'],
    ['Dr. Samuel Okafor', 'sokafor@hospital.example.org'],
  ];
  const statuses = ['planned', 'asked', 'agreed', 'materials-sent', 'submitted', 'thanked', 'outcome-shared', 'declined'];
  const kinds = ['email-sent', 'email-received', 'meeting', 'update', 'thank-you', 'note'];
  const rows = { mentors: [], threads: [], letters: [], activities: [] };
  for (let i = 0; i < mentors; i++) {
    const [name, email] = people[i] ?? [`Dr. Mentor ${i}`, `mentor${i}@example.edu`];
    rows.mentors.push({ id: `m${i}`, name, title: 'Dr.', emails: [email], cadenceDays: [30, 60, 90][i % 3], status: i % 17 === 0 ? 'paused' : 'active', createdAt: iso(now - 400 * DAY) });
  }
  for (let i = 0; i < threads; i++) {
    const mentorId = `m${i % mentors}`;
    rows.threads.push({ id: `gmail:t${i}:${mentorId}`, provider: 'gmail', providerThreadId: `t${i}`, subject: `Thread ${i}`, mentorId, lastMessageAt: iso(now - rand(300) * DAY) });
  }
  for (let i = 0; i < letters; i++) {
    rows.letters.push({ id: `l${i}`, mentorId: `m${i % mentors}`, purpose: 'residency', program: `Program ${i}`, deadline: day(now + (rand(200) - 30) * DAY), status: statuses[i % statuses.length], remindersSent: i % 3, createdAt: iso(now - 90 * DAY) });
  }
  for (let i = 0; i < activities; i++) {
    rows.activities.push({ id: `a${i}`, mentorId: `m${i % mentors}`, kind: kinds[i % kinds.length], at: iso(now - rand(400) * DAY - rand(DAY)) });
  }
  const open = () =>
    new Promise((ok, fail) => {
      const req = indexedDB.open('followthrough');
      req.onsuccess = () => ok(req.result);
      req.onerror = () => fail(req.error);
    });
  let idb = await open();
  for (let i = 0; i < 50 && !idb.objectStoreNames.contains('mentors'); i++) {
    idb.close();
    await new Promise((r) => setTimeout(r, 100));
    idb = await open();
  }
  const tx = idb.transaction(Object.keys(rows), 'readwrite');
  for (const [table, list] of Object.entries(rows)) for (const row of list) tx.objectStore(table).put(row);
  await new Promise((ok, fail) => {
    tx.oncomplete = ok;
    tx.onerror = () => fail(tx.error);
  });
  idb.close();
  await chrome.runtime.sendMessage({ type: 'data-changed' });
}
