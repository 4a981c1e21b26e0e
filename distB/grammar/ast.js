/**
 * The slac abstract syntax tree: faithful to the source (statement order, raw spellings), with a
 * source range on every node. Name resolution, defaults and derived facts live in the compiler's
 * model, not here. The JSON form of this tree is described by `grammar/ast.schema.json`.
 */
export {};
