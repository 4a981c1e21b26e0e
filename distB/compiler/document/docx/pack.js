/**
 * A .docx package with the same bytes for the same document: docx stamps every zip entry and the
 * core properties with the current time; the entries are written again with one fixed time and
 * the created/modified properties left out (the document's own date is in its text).
 */
import JSZip from 'jszip';
/** The earliest time a zip entry can carry (1980-01-01, DOS epoch), in UTC as jszip writes it. */
const FIXED = new Date(Date.UTC(1980, 0, 1, 0, 0, 0));
export async function deterministic(packed) {
    const source = await JSZip.loadAsync(packed);
    const zip = new JSZip();
    for (const entry of Object.values(source.files)) {
        if (entry.dir)
            continue;
        let data = await entry.async('uint8array');
        if (entry.name === 'docProps/core.xml') {
            data = new TextDecoder().decode(data).replace(/<dcterms:(created|modified)\b[^>]*>[^<]*<\/dcterms:\1>/g, '');
        }
        zip.file(entry.name, data, { date: FIXED, createFolders: false });
    }
    return zip.generateAsync({
        type: 'uint8array',
        compression: 'DEFLATE',
        compressionOptions: { level: 9 },
        mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    });
}
