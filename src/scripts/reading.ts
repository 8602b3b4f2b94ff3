// What every page showing the story loads (the story pages and the side-by-side page), from <head>:
// the reader's place and the language links (place.ts, for the top bar's switch), the steps' share
// links (share-client.ts, for ShareLink) and the scrolly blocks' loader (story.ts, for Scrolly).
// Module scripts run once the document is parsed wherever they stand, but Chromium's parser stops at
// each script element in the body and may paint there: with the top bar's script after the bar, the
// first frame showed the bar alone and the headline came a frame later. From <head>, the first frame
// holds the whole first screen and the files are requested sooner (Lighthouse, alternating runs:
// median LCP 1.13–1.27 s, was 1.33–1.35).
import './place.ts';
import { enhanceShare } from '../embed/share-client.ts';
import './story.ts';

enhanceShare();
