// tutor
