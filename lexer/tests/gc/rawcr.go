package p

var a = `line1
line2`
