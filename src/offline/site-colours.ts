/** The app colours of this build's palette (tokens.css read as text by Vite at build time). */
import tokens from '../styles/tokens.css?raw';
import { appColours } from './theme-colours.ts';

export const APP_COLOURS = appColours(tokens);
