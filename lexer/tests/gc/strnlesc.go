package p

var s = "ab\
cd"
