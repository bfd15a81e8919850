package p

var s = "\q\x4g\u12\400\uD800\U00110000"
