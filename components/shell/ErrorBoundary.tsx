/** Last line of defence: a render error becomes a sentence and a retry, never a blank page. */
import { Component, type ReactNode } from 'react';
import { ErrorNotice } from './ErrorNotice';

interface State {
  error: unknown;
}

export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error };
  }

  override render() {
    if (this.state.error) {
      return (
        <ErrorNotice error={this.state.error} onRetry={() => this.setState({ error: null })} />
      );
    }
    return this.props.children;
  }
}
