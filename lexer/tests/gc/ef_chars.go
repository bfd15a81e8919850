package p

var a = "x，y" // ，
var b = `，` /* ， */
var c = '，'
var d，e = 1
