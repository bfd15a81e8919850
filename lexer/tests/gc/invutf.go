package p

var aÿ = 1
var s = "ş"
