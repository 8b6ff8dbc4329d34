import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { ValidationError } from '../domain/shared/errors';

/** One data row of a bureau's unit list, by its line (CSV) or row number (XLSX) in the file. */
export interface RawRow {
  line: number;
  fields: Record<string, string>;
}

export type ImportFormat = 'CSV' | 'XLSX';

/** Column names bureaus use, in English or Chinese, mapped to our fields. */
const COLUMN_ALIASES: Readonly<Record<string, string>> = {
  unitid: 'unitId', unit_id: 'unitId', credit_code: 'unitId', creditcode: 'unitId', uscc: 'unitId', 统一社会信用代码: 'unitId', 信用代码: 'unitId',
  name: 'name', 单位名称: 'name', 名称: 'name',
  category: 'category', 单位类别: 'category', 单位类型: 'category', 类别: 'category',
  class: 'unitClass', unitclass: 'unitClass', unit_class: 'unitClass', 分类: 'unitClass', 分类等级: 'unitClass', 管理类别: 'unitClass',
  regioncode: 'regionCode', region_code: 'regionCode', region: 'regionCode', 行政区划代码: 'regionCode', 区划代码: 'regionCode',
  bureauid: 'bureauId', bureau_id: 'bureauId', bureau: 'bureauId', 主管档案局: 'bureauId', 监督指导单位: 'bureauId',
  address: 'address', 地址: 'address', 单位地址: 'address',
};

export function canonicalColumn(header: string): string | undefined {
  const key = header.replace(/^\uFEFF/, '').trim().toLowerCase().replace(/\s+/g, '_');
  return COLUMN_ALIASES[key];
}

const REQUIRED_COLUMNS = ['unitId', 'name', 'category', 'regionCode'] as const;

function toRows(headers: string[], records: { line: number; cells: string[] }[]): RawRow[] {
  const columns = headers.map(canonicalColumn);
  const missing = REQUIRED_COLUMNS.filter((c) => !columns.includes(c));
  if (missing.length > 0) {
    throw new ValidationError(
      `The header row lacks these columns: ${missing.join(', ')} (credit code, name, category and region code are required)`,
      'content',
      'MISSING_COLUMNS',
      { headers, missing },
    );
  }
  return records
    .filter((r) => r.cells.some((c) => c.trim() !== ''))
    .map(({ line, cells }) => {
      const fields: Record<string, string> = {};
      columns.forEach((column, i) => {
        if (column !== undefined) fields[column] = (cells[i] ?? '').trim();
      });
      return { line, fields };
    });
}

function parseCsv(content: Buffer): RawRow[] {
  let records: { record: string[]; info: { bytes: number } }[];
  try {
    records = parse(content, { bom: true, info: true, relax_column_count: true, skip_empty_lines: false });
  } catch (error) {
    throw new ValidationError(`The CSV cannot be read: ${(error as Error).message}`, 'content', 'UNREADABLE_FILE');
  }
  // A row is named by the line it starts on, counted from the bytes (csv-parse's own line count counts a CRLF inside
  // a quoted field twice). info.bytes is the offset just past a record and its delimiter.
  let startByte = 0;
  let line = 1;
  const located = records.map((r) => {
    const row = { line, cells: r.record };
    for (let i = startByte; i < r.info.bytes; i++) if (content[i] === 0x0a) line++;
    startByte = r.info.bytes;
    return row;
  });
  const [header, ...data] = located.filter((r) => r.cells.some((c) => c.trim() !== ''));
  if (!header) throw new ValidationError('The file is empty', 'content', 'EMPTY_FILE');
  return toRows(header.cells, data);
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((t) => t.text).join('');
    if ('result' in value) return String(value.result ?? '');
    if ('text' in value) return String(value.text);
    if (value instanceof Date) return value.toISOString();
  }
  return String(value);
}

async function parseXlsx(content: Buffer): Promise<RawRow[]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(content as unknown as ArrayBuffer);
  } catch (error) {
    throw new ValidationError(`The XLSX cannot be read: ${(error as Error).message}`, 'content', 'UNREADABLE_FILE');
  }
  const sheet = workbook.worksheets[0];
  if (!sheet || sheet.rowCount === 0) throw new ValidationError('The workbook is empty', 'content', 'EMPTY_FILE');
  const rows: { line: number; cells: string[] }[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const values = row.values as ExcelJS.CellValue[]; // 1-based: index 0 is empty
    rows.push({ line: rowNumber, cells: values.slice(1).map(cellText) });
  });
  const [header, ...data] = rows;
  if (!header) throw new ValidationError('The workbook is empty', 'content', 'EMPTY_FILE');
  return toRows(header.cells, data);
}

/** CSV as UTF-8 text (a BOM is fine); XLSX as the file's bytes. The first row names the columns. */
export function parseUnitList(format: ImportFormat, content: Buffer): Promise<RawRow[]> {
  return format === 'CSV' ? Promise.resolve(parseCsv(content)) : parseXlsx(content);
}
