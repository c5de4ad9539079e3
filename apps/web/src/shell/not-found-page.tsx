import { Link } from 'react-router';

export function NotFoundPage() {
  return (
    <>
      <h1 className="h4">Page not found</h1>
      <p>
        There is nothing at this address. <Link to="/">Go to the start page</Link>.
      </p>
    </>
  );
}
