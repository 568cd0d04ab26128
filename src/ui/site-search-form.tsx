import { useNavigate } from '@/ui/navigation';
import { useId, useState } from 'react';
import './site-search-form.css';

/** One search box for every indicator in every structure; the results page keeps the words in its address. */
export function SiteSearchForm({ initial = '' }: { initial?: string }) {
  const navigate = useNavigate();
  const id = useId();
  const [text, setText] = useState(initial);
  return (
    <form
      role="search"
      aria-label="Search all indicators"
      className="site-search"
      onSubmit={(event) => {
        event.preventDefault();
        const q = text.trim();
        navigate({ to: '/search', search: q ? { q } : {} });
      }}
    >
      <label htmlFor={id}>Search all indicators by code, title or owner</label>
      <div className="site-search__row">
        <input
          id={id}
          type="search"
          value={text}
          placeholder="e.g. NI 111, libraries, Adult Social Services"
          onChange={(event) => {
            setText(event.target.value);
          }}
        />
        <button type="submit" className="button">
          Search
        </button>
      </div>
    </form>
  );
}
