package p

var a = 1 /* x
 y