import { openDatabase } from './client'

const path = process.env.DATABASE_PATH ?? './data/dialognetz.db'
openDatabase(path).$client.close()
console.log(`Migrations applied to ${path}`)
