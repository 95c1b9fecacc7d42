// Single Fetch types: loaders and actions return data with Dates intact.
declare module '@remix-run/node' {
  interface Future {
    v3_singleFetch: true
  }
}

export {}
