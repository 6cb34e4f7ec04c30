/** People: officials first, with roles, organisations, Latin spelling and mention counts; then unnamed references. */
import type { Analysis, RevealTarget } from '../lib/schema';
import { plural, t } from './i18n';

export interface PeoplePanelProps {
  analysis: Analysis;
  onReveal: (target: RevealTarget) => void;
}

export function PeoplePanel({ analysis, onReveal }: PeoplePanelProps) {
  const people = analysis.people
    .map((person, index) => ({ person, index }))
    .sort((a, b) => Number(b.person.isOfficial) - Number(a.person.isOfficial) || b.person.mentions - a.person.mentions);
  const references = [...new Map(analysis.references.map((r) => [r.text.toLowerCase(), r])).values()];
  if (people.length === 0 && references.length === 0) return <p class="muted empty">—</p>;
  return (
    <div>
      <ul class="list">
        {people.map(({ person, index }) => {
          const latin = person.latin?.find((l) => l.latin !== person.name)?.latin;
          return (
            <li key={person.name}>
              <button type="button" class="row-button" data-person={index} onClick={() => onReveal({ list: 'people', index })}>
                <strong>{person.name}</strong>
                {latin && <span class="muted latin"> · {latin}</span>}
                {person.isOfficial && <span class="badge badge--official">{t('official')}</span>}
                {person.roles.length > 0 && <span class="block">{person.roles.join('; ')}</span>}
                {person.organizations.length > 0 && <span class="block muted small">{person.organizations.join('; ')}</span>}
                <span class="block muted small">{plural('mentions', person.mentions)}</span>
              </button>
            </li>
          );
        })}
      </ul>
      {references.length > 0 && (
        <>
          <h3>{t('speakerRefs')}</h3>
          <ul class="list">
            {references.map((r) => (
              <li key={r.text}>
                {r.text}
                {r.isOfficial && <span class="badge badge--official">{t('official')}</span>}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
