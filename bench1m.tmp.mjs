import { benchSql } from './dist/bench/sql.js'; await benchSql(console.log);
