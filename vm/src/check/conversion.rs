//! Conversions `T(x)` (types2's `conversions.go`): constant conversions with
//! representability, and the convertibility rules between types.

use super::operand::Operand;
use super::Checker;
use crate::types::TypeId;

impl<'a> Checker<'a> {
    /// types2's `conversion`: x converted to type `t` (x is the result on
    /// return, invalid after an error).
    pub(crate) fn conversion(&mut self, x: &mut Operand<'a>, t: TypeId) {
        let _ = t;
        self.error(x.pos(), "conversions are not supported yet");
        x.mode = super::operand::Mode::Invalid;
    }
}
