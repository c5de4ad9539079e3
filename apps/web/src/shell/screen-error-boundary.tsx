import { Component, type ReactNode } from 'react';
import Alert from 'react-bootstrap/Alert';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';

interface State {
  error?: Error;
}

/**
 * If a screen fails while drawing, say so in words and keep the rest of the app (menu, sync, other
 * screens) working. Nothing saved is touched: saves are in IndexedDB before any screen shows them.
 */
class Boundary extends Component<{ children: ReactNode; fallback: (error: Error) => ReactNode }, State> {
  override state: State = {};

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override render() {
    return this.state.error ? this.props.fallback(this.state.error) : this.props.children;
  }
}

function ScreenFailed({ error }: { error: Error }) {
  const { t } = useTranslation();
  return (
    <Alert variant="danger" role="alert" data-testid="screen-error">
      <p className="fw-semibold mb-1">{t('screenError.title')}</p>
      <p className="mb-1">{t('screenError.body')}</p>
      <p className="small mb-0 text-break">{error.message}</p>
    </Alert>
  );
}

/** A new boundary per address, so moving to another screen clears the failure. */
export function ScreenErrorBoundary({ children }: { children: ReactNode }) {
  const { pathname } = useLocation();
  return (
    <Boundary key={pathname} fallback={(error) => <ScreenFailed error={error} />}>
      {children}
    </Boundary>
  );
}
