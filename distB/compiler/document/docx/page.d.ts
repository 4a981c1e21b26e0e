/** The page furniture: A4 with print.css's margins, the initials box, the running footer with page X of Y. */
import { Footer, Header, type ISectionPropertiesOptions } from 'docx';
import type { PageSettings } from '../render.js';
/** The footer text as the HTML's page box shows it (the partial is rendered as escaped HTML). */
export declare function footerText(settings: PageSettings): string;
export declare function sectionProperties(): ISectionPropertiesOptions;
/** "Paraaf" / "Initials" in a box at the top right of every page, for the parties' initials. */
export declare function header(settings: PageSettings): Header;
/** Title, version, date, status and source on the left; "Pagina X van Y" (Word PAGE and NUMPAGES fields) on the right. */
export declare function footer(settings: PageSettings): Footer;
