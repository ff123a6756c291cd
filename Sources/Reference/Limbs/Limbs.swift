// Limbs
