//! Checker tests (builtins).

#[allow(unused_imports)]
use super::tests::check_src;
