// A page that throws while rendering (a bad record, a bug) shows what happened and a way back,
// instead of leaving the whole options page blank. Keyed by the route, so leaving resets it.
import { Component, type ReactNode } from 'react';

export class ErrorBoundary extends Component<{ children: ReactNode }, { error?: Error }> {
  override state: { error?: Error } = {};

  static getDerivedStateFromError(error: unknown) {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: unknown) {
    console.error('FollowThrough: the options page failed to show', error);
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <section role="alert" data-testid="page-error">
        <h1>This page could not be shown</h1>
        <p>{this.state.error.message}</p>
        <p>
          Nothing was changed. <a href="#mentors">Back to all mentors</a>
        </p>
      </section>
    );
  }
}
