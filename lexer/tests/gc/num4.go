package p

var a = 0x1p
var b = 0b_1 + 0o_7 + 0_7 + 0x_f
var c = 0_x
var d = 079.5 + 079i + 07e2
var e = 079
var f = 0x1.p1
var g = 0x.p1
var h = 1.5.6
var i = 0X1P+2I
var j = 1_000.000_1e1_0
