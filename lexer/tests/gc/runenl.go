package p

var r = 'a
var q = 1
