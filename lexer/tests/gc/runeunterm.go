package p

var r = 'a