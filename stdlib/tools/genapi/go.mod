module minigo/stdlib/tools/genapi

go 1.23
