//! Terminating statements (types2's `return.go`; Go spec, "Terminating
//! statements"): a function with results must end in one, else `missing
//! return`.
