import { lazy, type ReactNode, Suspense, useEffect, useRef, useState } from 'react';
import { ErrorNotice, Loading } from './components/feedback';
import { focusHeadingWhenRendered } from './focus';
import { AccountPage } from './pages/account-page';
import { AuthPage } from './pages/auth-page';
import { KeyDetailPage } from './pages/key-detail-page';
import { MyUsagePage } from './pages/my-usage-page';
import { NotFoundPage } from './pages/not-found-page';
import { ProjectPage } from './pages/project-page';
import { ProjectsPage } from './pages/projects-page';
import { WebhookEndpointPage } from './pages/webhook-endpoint-page';
import { Link, matchPath, navigate, useLocation } from './router';
import { useSession } from './session';

// GraphiQL and Monaco weigh a few MB: only the playground loads them.
const PlaygroundPage = lazy(() => import('./pages/playground-page'));

function Header() {
  const { state, logOut } = useSession();
  const { pathname } = useLocation();
  const [error, setError] = useState<unknown>();
  const current = (prefix: string) =>
    pathname === prefix || (prefix !== '/' && pathname.startsWith(`${prefix}/`)) ? 'page' : undefined;
  return (
    <header className="topbar">
      <div className="topbar-inner">
        <Link to="/" className="brand">
          <img src="/favicon.svg" alt="" width="24" height="24" />
          Latchkey
        </Link>
        <nav aria-label="Main" className="topnav">
          {state.status === 'signed-in' && (
            <Link to="/projects" aria-current={current('/projects')}>
              Projects
            </Link>
          )}
          <Link to="/playground" aria-current={current('/playground')}>
            Playground
          </Link>
          <Link to="/my-usage" aria-current={current('/my-usage')}>
            My key’s usage
          </Link>
        </nav>
        <div className="topbar-user">
          {state.status === 'signed-in' ? (
            <>
              <Link
                to="/account"
                className="user-email"
                title={`${state.user.name}: your account, tokens and sessions`}
                aria-current={current('/account')}
              >
                {state.user.email}
              </Link>
              <button
                type="button"
                className="button button-small"
                onClick={() =>
                  logOut().then(
                    () => navigate('/login'),
                    (failure: unknown) => setError(failure),
                  )
                }
              >
                Log out
              </button>
            </>
          ) : state.status === 'anonymous' ? (
            <>
              <Link to="/login" className="button button-small">
                Log in
              </Link>
              <Link to="/signup" className="button button-small button-primary">
                Sign up
              </Link>
            </>
          ) : null}
        </div>
      </div>
      {error ? <ErrorNotice error={error} /> : null}
    </header>
  );
}

/** Pages that need a signed-in user send anonymous visitors to the login page. */
function RequireUser({ children }: { children: ReactNode }) {
  const { state } = useSession();
  const { pathname } = useLocation();
  useEffect(() => {
    if (state.status === 'anonymous') navigate(`/login?next=${encodeURIComponent(pathname)}`, { replace: true });
  }, [state.status, pathname]);
  if (state.status === 'signed-in') return children;
  if (state.status === 'failed') return <ErrorNotice error={state.error} />;
  return <Loading />;
}

function Routes() {
  const { pathname } = useLocation();
  const { state } = useSession();

  if (pathname === '/') {
    if (state.status === 'loading') return <Loading />;
    if (state.status === 'signed-in') return <ProjectsPage />;
    return <AuthPage mode="login" />;
  }
  if (pathname === '/login') return <AuthPage mode="login" />;
  if (pathname === '/signup') return <AuthPage mode="signup" />;
  if (pathname === '/projects')
    return (
      <RequireUser>
        <ProjectsPage />
      </RequireUser>
    );
  const keyParams = matchPath('/projects/:projectId/keys/:keyId', pathname);
  if (keyParams)
    return (
      <RequireUser>
        <KeyDetailPage projectId={keyParams.projectId as string} keyId={keyParams.keyId as string} />
      </RequireUser>
    );
  const endpointParams = matchPath('/projects/:projectId/webhooks/:endpointId', pathname);
  if (endpointParams)
    return (
      <RequireUser>
        <WebhookEndpointPage
          projectId={endpointParams.projectId as string}
          endpointId={endpointParams.endpointId as string}
        />
      </RequireUser>
    );
  for (const tab of ['keys', 'permissions', 'usage', 'members', 'audit', 'webhooks', 'settings'] as const) {
    const params = matchPath(tab === 'keys' ? '/projects/:projectId' : `/projects/:projectId/${tab}`, pathname);
    if (params)
      return (
        <RequireUser>
          <ProjectPage projectId={params.projectId as string} tab={tab} />
        </RequireUser>
      );
  }
  if (pathname === '/account')
    return (
      <RequireUser>
        <AccountPage />
      </RequireUser>
    );
  if (pathname === '/playground')
    return (
      <Suspense fallback={<Loading label="Loading the playground…" />}>
        <PlaygroundPage />
      </Suspense>
    );
  if (pathname === '/my-usage') return <MyUsagePage />;
  return <NotFoundPage />;
}

export function App() {
  const { pathname } = useLocation();
  const wide = pathname === '/playground';
  // After a route change (not the first load), focus goes to the new page's heading.
  const shownPath = useRef(pathname);
  useEffect(() => {
    if (shownPath.current === pathname) return;
    shownPath.current = pathname;
    return focusHeadingWhenRendered();
  }, [pathname]);
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <Header />
      <main id="main" className={wide ? 'main main-wide' : 'main'} tabIndex={-1}>
        <Routes />
      </main>
    </>
  );
}
