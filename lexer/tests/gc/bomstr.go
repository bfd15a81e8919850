package p

var a = "x﻿y"
// ﻿
