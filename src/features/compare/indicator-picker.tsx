import { Link, useNavigate } from '@/ui/navigation';
import { useId, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import type { ComparableIndicatorsResponse } from '@/data/api/contract';
import { formatCodes } from '@/domain/frameworks';
import { compareAddress } from '@/ui/compare-address';
import type { CompareSearch } from './compare-search';

type Item = ComparableIndicatorsResponse['items'][number];

interface IndicatorPickerProps {
  items: readonly Item[];
  /** The page's choices: a link keeps them (group, areas), with its own indicator in the path. */
  search: CompareSearch;
}

/** A page of matches; the list grows by a page at a time rather than scrolling inside a box. */
const PAGE_SIZE = 20;

export function codeText(item: Pick<Item, 'codes'>): string {
  return formatCodes(item.codes, ', ');
}

function matches(item: Item, words: string[]): boolean {
  const haystack =
    `${item.title} ${codeText(item)} ${item.codes.map((c) => `${c.framework}${c.code}`).join(' ')} ${item.id}`.toLowerCase();
  return words.every((word) => haystack.includes(word));
}

/**
 * A search box over codes and titles with the matches as a list of links: simple to use by
 * keyboard and screen reader, and the choice lands in the URL.
 */
export function IndicatorPicker({ items, search }: IndicatorPickerProps) {
  const selected = search.indicator;
  const query = search.q ?? '';
  const id = useId();
  const navigate = useNavigate();
  const [text, setText] = useState(query);
  const [limit, setLimit] = useState(PAGE_SIZE);
  const words = text.toLowerCase().split(/\s+/).filter(Boolean);
  const found = words.length === 0 ? [...items] : items.filter((item) => matches(item, words));
  const shown = found.slice(0, limit);
  const hidden = found.length - shown.length;
  const list = useRef<HTMLUListElement>(null);

  return (
    <div className="indicator-picker">
      <form
        role="search"
        onSubmit={(event) => {
          event.preventDefault();
          navigate({ search: (prev) => ({ ...prev, q: text || undefined }), replace: true });
        }}
      >
        <label htmlFor={`${id}-q`}>Find an indicator by code or title</label>
        <p className="field__hint" id={`${id}-hint`}>
          For example NI 111, BVPI 53 or &lsquo;re-offending&rsquo;.
        </p>
        <input
          id={`${id}-q`}
          type="search"
          value={text}
          aria-describedby={`${id}-hint ${id}-count`}
          onChange={(event) => {
            setText(event.target.value);
            setLimit(PAGE_SIZE);
          }}
        />
      </form>
      <p id={`${id}-count`} className="muted" aria-live="polite">
        {found.length === 0
          ? 'No comparable indicator matches.'
          : hidden > 0
            ? `Showing ${shown.length} of ${found.length} matches \u2014 refine your search or show more below the list.`
            : `${found.length} matching ${found.length === 1 ? 'indicator' : 'indicators'}.`}
      </p>
      <ul ref={list} className="indicator-picker__list" aria-label="Matching indicators">
        {shown.map((item) => (
          <li key={item.id}>
            <Link
              {...compareAddress({
                ...search,
                indicator: item.id,
                period: undefined,
                q: text || undefined,
              })}
              aria-current={item.id === selected ? 'true' : undefined}
            >
              {codeText(item) ? (
                <span className="indicator-picker__code">{codeText(item)}</span>
              ) : null}
              <span>{item.title}</span>
              <span className="muted"> ({item.areaCount} areas)</span>
            </Link>
          </li>
        ))}
      </ul>
      {hidden > 0 ? (
        <button
          type="button"
          className="button button--secondary indicator-picker__more"
          onClick={() => {
            const firstNew = shown.length;
            flushSync(() => {
              setLimit((current) => current + PAGE_SIZE);
            });
            // Focus lands on the first new match so keyboard users carry on from there.
            list.current?.querySelectorAll('a').item(firstNew).focus();
          }}
        >
          Show {Math.min(hidden, PAGE_SIZE)} more of {hidden} not shown
        </button>
      ) : null}
    </div>
  );
}
