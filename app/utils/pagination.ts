/** Reads ?page= safely: anything odd is page 1. */
export function readPage(url: URL, pageSize: number) {
  const raw = Number(url.searchParams.get('page') ?? '1')
  const page = Number.isInteger(raw) && raw >= 1 && raw <= 100_000 ? raw : 1
  return { page, limit: pageSize, offset: (page - 1) * pageSize }
}

export const pageCount = (total: number, pageSize: number) => Math.max(1, Math.ceil(total / pageSize))
