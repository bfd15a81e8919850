package p

var a = 1__0
var b = 1_
var c = 0b1.0
var d = 0o1e3
var e = 1p3
var f = 0x_1
var g = 0_7
