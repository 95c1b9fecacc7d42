// The part of autocannon's API the benchmark uses (the package ships no types).
declare module 'autocannon' {
  type Histogram = { average: number; mean: number; p50: number; p99: number; max: number }
  export type Result = { requests: Histogram; latency: Histogram; non2xx: number; errors: number; timeouts: number }
  export type Options = {
    url: string
    connections?: number
    duration?: number
    amount?: number
    method?: string
    headers?: Record<string, string>
    body?: string
  }
  export default function autocannon(options: Options): Promise<Result>
}
