import { type FormEvent, useEffect, useState } from 'react';
import { execute } from '../api/client';
import { ErrorNotice } from '../components/feedback';
import { graphql } from '../gql';
import { Link, navigate, useLocation } from '../router';
import { useSession } from '../session';

const SignUpMutation = graphql(`
  mutation SignUp($input: SignUpInput!) {
    signUp(input: $input) {
      user {
        id
        email
        name
      }
    }
  }
`);

const LogInMutation = graphql(`
  mutation LogIn($input: LogInInput!) {
    logIn(input: $input) {
      user {
        id
        email
        name
      }
    }
  }
`);

/** Only same-site paths are followed after logging in, never another origin. */
function safeNext(value: string | null): string {
  return value?.startsWith('/') && !value.startsWith('//') ? value : '/projects';
}

export function AuthPage({ mode }: { mode: 'login' | 'signup' }) {
  const { state, signedIn } = useSession();
  const { search } = useLocation();
  const next = safeNext(search.get('next'));
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [name, setName] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();

  useEffect(() => {
    if (state.status === 'signed-in') navigate(next, { replace: true });
  }, [state.status, next]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      // The server answers with the user and sets the HttpOnly session cookie; the token is not kept here.
      const user =
        mode === 'signup'
          ? (await execute(SignUpMutation, { input: { email, password, name: name.trim() || null } })).signUp.user
          : (await execute(LogInMutation, { input: { email, password } })).logIn.user;
      signedIn(user);
      navigate(next);
    } catch (failure) {
      setError(failure);
      setBusy(false);
    }
  };

  const signup = mode === 'signup';
  return (
    <section className="auth">
      <div className="auth-intro">
        <h1>{signup ? 'Create your Latchkey account' : 'Log in to Latchkey'}</h1>
        <p>Issue API keys with scopes, rotate them without downtime, and see how every key is used.</p>
        <p className="muted">
          Holding a single key from a partner? <Link to="/my-usage">Check its usage and limits</Link> without an
          account.
        </p>
      </div>
      <form className="card form" onSubmit={submit} noValidate={false}>
        {signup && (
          <label>
            <span>
              Name <span className="muted">(optional)</span>
            </span>
            <input value={name} onChange={(event) => setName(event.target.value)} autoComplete="name" maxLength={100} />
          </label>
        )}
        <label>
          Email
          <input
            type="email"
            required
            autoComplete="email"
            value={email}
            onChange={(event) => setEmail(event.target.value)}
          />
        </label>
        <label>
          Password
          <input
            type="password"
            required
            minLength={signup ? 12 : undefined}
            autoComplete={signup ? 'new-password' : 'current-password'}
            value={password}
            onChange={(event) => setPassword(event.target.value)}
            aria-describedby={signup ? 'password-hint' : undefined}
          />
        </label>
        {signup && (
          <p id="password-hint" className="hint">
            At least 12 characters and hard to guess: a phrase of several uncommon words works well.
          </p>
        )}
        <ErrorNotice error={error} />
        <button type="submit" className="button button-primary" disabled={busy}>
          {busy ? 'Please wait…' : signup ? 'Sign up' : 'Log in'}
        </button>
        <p className="muted">
          {signup ? (
            <>
              Already have an account? <Link to={`/login?next=${encodeURIComponent(next)}`}>Log in</Link>
            </>
          ) : (
            <>
              New here? <Link to={`/signup?next=${encodeURIComponent(next)}`}>Create an account</Link>
            </>
          )}
        </p>
      </form>
    </section>
  );
}
