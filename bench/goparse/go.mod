module minigo.bench/goparse

go 1.22
