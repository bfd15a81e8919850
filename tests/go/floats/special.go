package main

import "fmt"

func main() {
	zero := 0.0
	one := 1.0
	posInf := one / zero
	negInf := -one / zero
	nan := zero / zero
	fmt.Println(posInf, negInf, nan)
	fmt.Println(posInf > 1e308, negInf < -1e308, posInf == posInf)
	fmt.Println(nan == nan, nan != nan, nan < 1, nan > 1, nan >= nan)
	fmt.Println(posInf+negInf, posInf*0, posInf-posInf, posInf*-1)
	fmt.Printf("%f %e %g %v %5.1f|%-6v|%+v\n", posInf, negInf, nan, posInf, nan, nan, nan)
	negZero := -zero
	fmt.Println(negZero, zero, negZero == zero, one/negZero)
	fmt.Printf("%.1f %g %+v\n", negZero, negZero, zero)
	var f32 float32 = float32(posInf)
	fmt.Println(f32, float32(nan))
	x := nan
	isNaN := x != x
	fmt.Println("isNaN:", isNaN)
	big := 1e308
	fmt.Println(big*10, -big*10, big*10-big*10)
	tiny := 5e-324
	fmt.Println(tiny/2, tiny*0.5 == 0, -tiny/2)
}
