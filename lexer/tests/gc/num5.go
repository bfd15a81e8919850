package p

var a = 0b1e1
var b = 0o1p1
var c = 1__
var d = 0x1_p1
var e = 0_.5
var f = 1_.5
var g = 0B
var h = 0O
