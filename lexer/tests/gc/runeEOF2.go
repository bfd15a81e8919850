package p

var a = '