/**
 * The contract's blocks as Word paragraphs and tables. Articles and clauses keep the numbers the
 * HTML prints ("Artikel 5", "5.1") as text, not as Word numbering: the contract refers to them
 * in its own words ("berekend volgens artikel 9"), and Word numbering would renumber the
 * headings when a reviewer inserts one while those references stayed, silently wrong. The
 * lettered lists (a, b, c), never referred to by letter, are Word numbering.
 */
import { AlignmentType, BookmarkEnd, BookmarkStart, BorderStyle, HeadingLevel, HeightRule, Paragraph, Table, TableCell, TableLayoutType, TableRow, WidthType, } from 'docx';
import { elements, hasClass, isElement, textOf } from './html.js';
import { runs, tab, tocLink } from './inline.js';
import { changeOf, revision } from './revisions.js';
import { alphaList, clauseIndent, colors, em, listIndent, textWidth } from './style.js';
/**
 * A block before it becomes a docx object: whether a block stays with the next one is only known
 * once the next sibling is seen, and docx objects are fixed when constructed.
 */
const headingTab = em(8);
const INLINE = new Set(['strong', 'b', 'em', 'i', 'code', 'mark', 'span', 'a', 'br']);
export function blocks(nodes, counter, ctx = { indent: 0 }) {
    const out = [];
    let loose = [];
    const flush = () => {
        if (textOf(loose).trim() !== '')
            out.push(paragraph(loose, { indent: indentOf(ctx) }));
        loose = [];
    };
    for (const [i, node] of nodes.entries()) {
        if (!isElement(node) || INLINE.has(node.name)) {
            loose.push(node);
            continue;
        }
        flush();
        const next = elements(nodes.slice(i + 1))[0];
        const change = changeOf(node.attribs);
        const produced = block(node, counter, ctx).map((b) => (change && !b.change ? { ...b, change } : b));
        // What introduces a table stays on the table's page.
        out.push(...(next?.name === 'table' ? produced.map((b, n) => (n === produced.length - 1 ? kept(b) : b)) : produced));
    }
    flush();
    return out;
}
function indentOf(ctx) {
    return ctx.indent > 0 ? { left: ctx.indent } : undefined;
}
function block(el, counter, ctx) {
    switch (el.name) {
        case 'h1':
            return [p({ heading: HeadingLevel.TITLE, children: runs(el.children) })];
        case 'h2':
            return [heading(el, HeadingLevel.HEADING_1, counter)];
        case 'h3':
            return [p({ heading: HeadingLevel.HEADING_2, indent: indentOf(ctx), children: runs(el.children) })];
        case 'p':
            return [paragraph(el.children, { indent: indentOf(ctx), ...paragraphStyle(el) })];
        case 'ol':
        case 'ul':
            return list(el, counter, ctx);
        case 'table':
            return [{ kind: 'table', el, ctx, keepRows: hasClass(el, 'keep') || hasClass(el, 'signatures'), keepNext: false }];
        case 'nav':
            return toc(el);
        case 'section': {
            const inner = blocks(el.children, counter, { indent: hasClass(el, 'article') ? clauseIndent : 0 });
            // Annexes start on a new page.
            if (hasClass(el, 'annex'))
                inner.unshift(p({ pageBreakBefore: true, spacing: { after: 0, line: 240 }, children: [] }));
            return inner;
        }
        case 'div':
            if (hasClass(el, 'clause'))
                return clause(el, counter, ctx);
            if (hasClass(el, 'redline-legend'))
                return legend(blocks(el.children, counter, ctx));
            if (hasClass(el, 'keep')) {
                const inner = blocks(el.children, counter, ctx);
                return inner.map((b, n) => (n < inner.length - 1 ? kept(b) : b));
            }
            return blocks(el.children, counter, ctx);
        default:
            // An element render.ts does not write today: its content still reaches the document.
            return blocks(el.children, counter, ctx);
    }
}
function paragraphStyle(el) {
    if (hasClass(el, 'subtitle'))
        return { style: 'Subtitle' };
    if (hasClass(el, 'note'))
        return { style: 'Note' };
    if (hasClass(el, 'closing'))
        return { spacing: { before: 360 } };
    return {};
}
function paragraph(nodes, options = {}, prefix = []) {
    return p({ ...options, children: [...prefix, ...runs(nodes)] });
}
const p = (options) => ({ kind: 'p', options });
/** The blocks as docx objects. */
export function toDocx(list) {
    return list.flatMap((b, i) => {
        if (b.kind === 'table') {
            const t = table(b.el, b.ctx, b.keepRows, b.keepNext, b.change);
            // Two tables in a row would be one table in Word: a small paragraph keeps them apart.
            return list[i - 1]?.kind === 'table' ? [new Paragraph({ spacing: { before: 0, after: 0, line: 200 }, children: [] }), t] : [t];
        }
        // A Word table has no margin: the paragraph after one keeps the HTML's 10 pt distance.
        const afterTable = list[i - 1]?.kind === 'table';
        const options = b.change ? { ...b.options, run: { ...b.options.run, ...paragraphMark(b.change) } } : b.options;
        return new Paragraph(afterTable ? { ...options, spacing: { ...options.spacing, before: Math.max(options.spacing?.before ?? 0, 200) } } : options);
    });
}
/** The paragraph mark of an inserted or deleted paragraph: rejecting or accepting the change removes the paragraph itself. */
function paragraphMark(change) {
    return change === 'ins' ? { insertion: revision() } : { deletion: revision() };
}
/** An article or annex heading with the bookmark the TOC links to. */
function heading(el, level, counter) {
    const section = el.parent;
    const id = section && isElement(section) ? section.attribs['id'] : undefined;
    const children = [];
    for (const node of el.children) {
        if (isElement(node) && hasClass(node, 'no'))
            children.push(...runs(node.children), tab());
        else
            children.push(...runs([node]));
    }
    if (id) {
        // Placed by hand: docx's Bookmark gives every bookmark the id 1, which Word reports as damage.
        const n = ++counter.bookmarks;
        children.unshift(new BookmarkStart(id, n));
        children.push(new BookmarkEnd(n));
    }
    // The title starts at one tab stop after "Artikel 10" or "Bijlage A", as the HTML lines them up.
    return p({ heading: level, tabStops: [{ type: 'left', position: headingTab }], children });
}
/** A redline's legend in small print in one box (Word joins the borders of paragraphs that share them). */
function legend(inner) {
    const line = rule(colors.box);
    return inner.map((b, n) => b.kind === 'p'
        ? {
            ...b,
            options: {
                ...b.options,
                style: 'Note',
                border: { top: line, bottom: line, left: line, right: line },
                spacing: { after: n === inner.length - 1 ? 320 : 60 },
            },
        }
        : b);
}
/** `5.1` hanging before the clause's first paragraph; the rest of the clause lines up with its text. */
function clause(el, counter, ctx) {
    const no = elements(el.children).find((c) => hasClass(c, 'clause-no'))?.children ?? [];
    const body = elements(el.children).find((c) => hasClass(c, 'clause-body'));
    const left = Math.max(ctx.indent, clauseIndent);
    const inner = blocks(body?.children ?? [], counter, { indent: left });
    const number = [...runs(no, { bold: true }), tab()];
    const first = body ? elements(body.children)[0] : undefined;
    if (first?.name === 'p') {
        const change = inner[0]?.change;
        inner[0] = {
            ...paragraph(first.children, { indent: { left, hanging: clauseIndent }, ...paragraphStyle(first) }, number),
            ...(change ? { change } : {}),
        };
    }
    else {
        inner.unshift(p({ indent: { left, hanging: clauseIndent }, keepNext: true, children: number }));
    }
    return inner;
}
function list(el, counter, ctx) {
    const instance = ++counter.lists;
    const items = elements(el.children).filter((c) => c.name === 'li');
    return items.map((li) => ({
        ...p({
            numbering: { reference: alphaList(instance), level: 0 },
            indent: { left: ctx.indent + listIndent, hanging: listIndent },
            spacing: { after: 60 },
            children: runs(li.children),
        }),
        ...(changeOf(li.attribs) ? { change: changeOf(li.attribs) } : {}),
    }));
}
/** The table of contents as the HTML has it: each entry a link to its heading. */
function toc(nav) {
    const out = [];
    for (const el of elements(nav.children)) {
        if (el.name === 'h2')
            out.push(p({ style: 'TocHeading', border: { top: rule() }, children: runs(el.children) }));
        if (el.name !== 'ol')
            continue;
        for (const li of elements(el.children)) {
            const a = elements(li.children).find((c) => c.name === 'a');
            const anchor = a?.attribs['href']?.replace(/^#/, '');
            out.push(p({
                style: 'TocEntry',
                tabStops: [{ type: 'left', position: em(6.2) }],
                children: a && anchor ? [tocLink(anchor, a.children)] : runs(li.children),
            }));
        }
    }
    const last = out[out.length - 1];
    if (last)
        out.push(p({ border: { top: rule() }, spacing: { after: 240 }, children: [] }));
    return out;
}
function rule(color = colors.rule, style = BorderStyle.SINGLE) {
    return { style, size: 5, color, space: 4 };
}
const NONE = { style: BorderStyle.NONE, size: 0, color: 'auto' };
function table(el, ctx, keepRows, keepNext, change) {
    const indent = ctx.indent;
    const width = textWidth - indent;
    const cols = elements(elements(el.children).find((c) => c.name === 'colgroup')?.children ?? []).map((c) => Number(/width:\s*([\d.]+)%/.exec(c.attribs['style'] ?? '')?.[1] ?? 0));
    const rowEls = elements(el.children).flatMap((part) => part.name === 'tr' ? [part] : elements(part.children).filter((r) => r.name === 'tr'));
    const count = Math.max(cols.length, ...rowEls.map((r) => elements(r.children).length), 1);
    const percents = cols.length === count && cols.every((c) => c > 0) ? cols : Array(count).fill(100 / count);
    const total = percents.reduce((a, b) => a + b, 0);
    const widths = percents.map((p) => Math.floor((width * p) / total));
    const kind = hasClass(el, 'parties') ? 'parties' : hasClass(el, 'signatures') ? 'signatures' : 'grid';
    const rows = rowEls.map((tr, r) => {
        const head = tr.parent?.name === 'thead';
        const cells = elements(tr.children);
        const lastRow = r === rowEls.length - 1;
        const rowChange = changeOf(tr.attribs) ?? change;
        return new TableRow({
            ...(rowChange === 'ins' ? { insertion: revision() } : rowChange === 'del' ? { deletion: revision() } : {}),
            tableHeader: head,
            cantSplit: true,
            ...(kind === 'signatures' && !head ? { height: { value: lastRow ? 840 : 440, rule: HeightRule.ATLEAST } } : {}),
            children: cells.map((cell, c) => {
                const th = cell.name === 'th';
                const bold = th || (kind === 'parties' && c === 0);
                const content = runs(cell.children, bold ? { bold: true } : {});
                return new TableCell({
                    width: { size: widths[c] ?? widths[widths.length - 1], type: WidthType.DXA },
                    ...(th && kind === 'grid' ? { shading: { fill: colors.light, type: 'clear', color: 'auto' } } : {}),
                    borders: cellBorders(kind, th),
                    margins: kind === 'signatures'
                        ? { top: th ? 80 : 200, bottom: 80, left: 0, right: 160 }
                        : { top: 60, bottom: 60, left: 100, right: 100 },
                    children: [
                        new Paragraph({
                            style: kind === 'parties' ? undefined : 'TableText',
                            spacing: { after: 0 },
                            alignment: hasClass(cell, 'num') ? AlignmentType.RIGHT : AlignmentType.LEFT,
                            keepNext: keepNext || (keepRows && !lastRow),
                            children: content,
                        }),
                    ],
                });
            }),
        });
    });
    return new Table({
        rows,
        width: { size: width, type: WidthType.DXA },
        columnWidths: widths,
        layout: TableLayoutType.FIXED,
        ...(indent > 0 ? { indent: { size: indent, type: WidthType.DXA } } : {}),
        borders: { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE },
    });
}
function cellBorders(kind, th) {
    if (kind === 'parties')
        return { top: NONE, left: NONE, right: NONE, bottom: rule(colors.partyRule) };
    if (kind === 'signatures')
        return { top: NONE, left: NONE, right: NONE, bottom: th ? rule(colors.ink) : rule(colors.rule, BorderStyle.DOTTED) };
    const line = rule();
    return { top: line, bottom: line, left: line, right: line };
}
/** The block stays on the page of the next one (Word: keep with next; a table: every row). */
function kept(b) {
    return b.kind === 'p' ? { ...b, options: { ...b.options, keepNext: true, keepLines: true } } : { ...b, keepRows: true, keepNext: true };
}
