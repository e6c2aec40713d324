import { useEffect, useState } from 'react';
import { smallButtonClass } from '../ui/button';
import { closestMatches } from '../ui/closest-matches';

/**
 * For a view that asks for a family and gets nothing: families match exactly, so say so and offer
 * the closest public family names (loaded on demand: the list is not on the first screen).
 */
export function FamilyHint({ family, onPick }: { family: string; onPick: (family: string) => void }) {
  const [closest, setClosest] = useState<readonly string[] | undefined>();
  useEffect(() => {
    let live = true;
    void import('../../ecs/public-image-families').then(
      (m) => live && setClosest(closestMatches(family, m.PUBLIC_IMAGE_FAMILIES, 6)),
    );
    return () => {
      live = false;
    };
  }, [family]);
  return (
    <div className="mx-auto mt-3 max-w-xl text-left text-sm text-zinc-600 dark:text-zinc-400">
      <p>
        Families match exactly: no image here has the family <code className="font-mono">{family}</code>.
      </p>
      {closest && closest.length > 0 && (
        <>
          <p className="mt-2">Closest family names:</p>
          <ul className="mt-1 flex flex-wrap gap-1.5">
            {closest.map((name) => (
              <li key={name}>
                <button
                  type="button"
                  className={`${smallButtonClass} font-mono`}
                  aria-label={`Use the family ${name}`}
                  onClick={() => onPick(name)}
                >
                  {name}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      {closest?.length === 0 && <p className="mt-2">No public family name is close to it.</p>}
    </div>
  );
}
