/**
 * CSV files the app exports (members, audit log): quoting is csv-stringify's; cells a spreadsheet would
 * run as a formula are defused here (OWASP, CSV injection); files stream batch by batch from keyset pages,
 * never a whole list in memory.
 */
import { stringify } from 'csv-stringify/sync';

/** A cell that starts like a formula (= + - @, tab, carriage return) is read as text: a quote goes first. */
export function defuseFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** CSV text for a batch of records (every cell defused), with the header line when it is the first batch. */
export function csvChunk(records: string[][], columns: readonly string[], withHeader: boolean): string {
  return stringify(
    records.map((record) => record.map(defuseFormula)),
    { header: withHeader, columns: [...columns], eof: true },
  );
}

/**
 * A streamed CSV download: `nextBatch` is pulled as the client reads, gets the previous batch's cursor
 * (undefined first) and answers CSV text and the next cursor (null: that was the last batch).
 */
export function csvResponse(
  filename: string,
  nextBatch: (after: string | undefined, first: boolean) => Promise<{ text: string; nextCursor: string | null }>,
): Response {
  const encoder = new TextEncoder();
  let after: string | undefined;
  let first = true;
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      const batch = await nextBatch(after, first);
      controller.enqueue(encoder.encode(batch.text));
      first = false;
      if (batch.nextCursor) after = batch.nextCursor;
      else controller.close();
    },
  });
  return new Response(body, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${filename}"`,
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
    },
  });
}

/** A short plain-text answer (a refusal) from a download route. */
export const plainResponse = (status: number, text: string) =>
  new Response(text, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' } });
