// Stops `astro build`, `astro dev` and `astro check` before anything is rendered when content/ has a
// mistake, with every problem listed by file, line or id, and the fix. A broken chapter therefore
// never produces a half-built site.
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { clearDataCache } from '../data/load.ts';
import { checkContent, formatProblems } from './validate.ts';

export class ContentCheckError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ContentCheckError';
  }
}

function runCheck(root: string): void {
  clearDataCache();
  const { problems } = checkContent(root);
  if (problems.length) {
    throw new ContentCheckError(`Content check failed: ${problems.length} problem${problems.length > 1 ? 's' : ''}\n\n${formatProblems(problems)}\n`);
  }
}

export default function storyContent(): AstroIntegration {
  return {
    name: 'story-content',
    hooks: {
      'astro:config:setup': ({ config }) => {
        runCheck(fileURLToPath(config.root));
      },
      'astro:server:setup': ({ server, logger }) => {
        // In dev, re-check on every content edit and show the problem instead of a stale page.
        const root = server.config.root;
        server.watcher.on('change', (file) => {
          if (!file.includes('/content/')) return;
          try {
            runCheck(root);
          } catch (e) {
            logger.error((e as Error).message);
          }
        });
      },
    },
  };
}
