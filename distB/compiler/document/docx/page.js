/** The page furniture: A4 with print.css's margins, the initials box, the running footer with page X of Y. */
import { AlignmentType, BorderStyle, Footer, Header, HeightRule, PageNumber, Paragraph, Table, TableCell, TableRow, TextRun, VerticalAlign, WidthType, } from 'docx';
import { fragment, textOf } from './html.js';
import { run } from './inline.js';
import { colors, mm, page, sizes, textWidth } from './style.js';
const NONE = { style: BorderStyle.NONE, size: 0, color: 'auto' };
const noBorders = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE };
/** The footer text as the HTML's page box shows it (the partial is rendered as escaped HTML). */
export function footerText(settings) {
    return textOf(fragment(String(settings.footer ?? '')))
        .replace(/\s+/g, ' ')
        .trim();
}
export function sectionProperties() {
    return {
        page: {
            size: { width: page.width, height: page.height },
            margin: { top: page.top, right: page.right, bottom: page.bottom, left: page.left, header: mm(8), footer: mm(10) },
        },
    };
}
/** "Paraaf" / "Initials" in a box at the top right of every page, for the parties' initials. */
export function header(settings) {
    const box = { style: BorderStyle.SINGLE, size: 5, color: colors.box };
    return new Header({
        children: [
            new Table({
                alignment: AlignmentType.RIGHT,
                width: { size: mm(26), type: WidthType.DXA },
                columnWidths: [mm(26)],
                borders: noBorders,
                rows: [
                    new TableRow({
                        height: { value: mm(11), rule: HeightRule.EXACT },
                        children: [
                            new TableCell({
                                width: { size: mm(26), type: WidthType.DXA },
                                borders: { top: box, bottom: box, left: box, right: box },
                                margins: { top: 40, bottom: 40, left: 80, right: 80 },
                                children: [
                                    new Paragraph({
                                        spacing: { after: 0, line: 240 },
                                        children: [run(settings.initials ?? '', { size: sizes.initials, color: colors.muted })],
                                    }),
                                ],
                            }),
                        ],
                    }),
                ],
            }),
        ],
    });
}
/** Title, version, date, status and source on the left; "Pagina X van Y" (Word PAGE and NUMPAGES fields) on the right. */
export function footer(settings) {
    const left = Math.round(textWidth * 0.72);
    const cell = (width, children) => new TableCell({
        width: { size: width, type: WidthType.DXA },
        borders: { top: NONE, bottom: NONE, left: NONE, right: NONE },
        verticalAlign: VerticalAlign.TOP,
        margins: { top: 0, bottom: 0, left: 0, right: 0 },
        children,
    });
    const pageOf = new Paragraph({
        style: 'Footer',
        alignment: AlignmentType.RIGHT,
        children: [
            run(`${settings.pageLabel ?? ''} `, { size: sizes.page }),
            new TextRun({ children: [PageNumber.CURRENT], size: sizes.page }),
            run(` ${settings.pageOf ?? '/'} `, { size: sizes.page }),
            new TextRun({ children: [PageNumber.TOTAL_PAGES], size: sizes.page }),
        ],
    });
    return new Footer({
        children: [
            new Table({
                width: { size: textWidth, type: WidthType.DXA },
                columnWidths: [left, textWidth - left],
                borders: noBorders,
                rows: [
                    new TableRow({
                        children: [
                            cell(left, [new Paragraph({ style: 'Footer', children: [run(footerText(settings))] })]),
                            cell(textWidth - left, [pageOf]),
                        ],
                    }),
                ],
            }),
        ],
    });
}
