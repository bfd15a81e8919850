//! Builtin function calls (types2's `builtins.go`): `len`, `cap`, `append`,
//! `copy`, `delete`, `make`, `new`, `panic`, `print`, `println`, `recover`,
//! `close`, `complex`, `real`, `imag`, `min`, `max`, `clear`, with their
//! special argument rules and constant results.
