package p

var a = "abc\