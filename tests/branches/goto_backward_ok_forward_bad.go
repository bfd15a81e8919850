package main

func main() {
	i := 0
Top:
	i++
	if i < 3 {
		goto Top
	}
	goto End
	j := i
	_ = j
End:
}
