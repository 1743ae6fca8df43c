import { LOADER_MAP_PLACEHOLDER, type LoaderMap } from './loader-map.js';
import { startLoader } from './loader.js';

/**
 * `<script type="module" src="…/mocharaka.js">`: the one tag a commune's web admin
 * pastes once per page. The build replaces the placeholder with the map of the elements
 * it built; files are found next to this script, wherever the commune hosts the folder.
 */
const map = JSON.parse(LOADER_MAP_PLACEHOLDER) as LoaderMap;
startLoader(map, import.meta.url);
