//! Conversions `T(x)` (types2's `conversions.go`): constant conversions with
//! representability, and the convertibility rules between types.
